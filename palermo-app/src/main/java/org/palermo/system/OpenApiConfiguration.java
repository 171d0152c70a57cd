package org.palermo.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /api/v1/openapi.json: title, version and the bearer-token scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI palermoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Palermo API").version("v1")
                        .description("Open monitoring and knowledge system on trafficking in persons. Reads of published "
                                + "data need no account; everything else needs Authorization: Bearer TOKEN. Errors are "
                                + "application/problem+json. Who may call what: GET /api/v1/access-rules.")
                        .license(new License().name("Data: see /about")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement());
    }
}
