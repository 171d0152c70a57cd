package org.palermo.system;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What {@code /error} answers when something outside a controller ended a request with an error status
 * (the servlet firewall, a filter, the container): problem+json for {@code /api/**}, the HTML problem page
 * for everything else. Replaces Spring Boot's default, whose JSON is not problem+json and whose HTML is
 * the white-label page. A 5xx never says more than that it was logged.
 */
@Controller
class ErrorDispatch implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // Asked for directly, /error is not a page.
        int status = code instanceof Integer i && i >= 400 ? i : 404;
        String detail = detail(status, (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE), uri);
        if (Problems.isApi(uri)) {
            Problems.write(response, status, detail, uri);
            return null;
        }
        response.setStatus(status);
        return PageErrors.page(status, detail);
    }

    static String detail(int status, String message, String uri) {
        if (status >= 500) {
            return "An unexpected error occurred; it has been logged";
        }
        if (uri == null) {
            return "No such page";
        }
        if (message != null && !message.isBlank()) {
            return message.strip();
        }
        return switch (status) {
            case 400 -> "The request is not valid";
            case 404 -> "Nothing is found at " + uri;
            case 405 -> "This address does not take that method";
            case 413 -> "The request is larger than the allowed size";
            default -> Problems.title(status);
        };
    }
}
