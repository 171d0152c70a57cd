package org.palermo.system;

import java.util.List;

/** The rows of the access table that one module contributes for its own endpoints. */
@FunctionalInterface
public interface AccessRules {
    List<AccessRule> rules();
}
