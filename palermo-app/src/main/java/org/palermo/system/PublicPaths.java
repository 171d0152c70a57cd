package org.palermo.system;

import java.util.List;

/** Paths of the system module that anyone may read (GET); the accounts module turns them into access rules. */
@FunctionalInterface
public interface PublicPaths {
    List<String> paths();
}
