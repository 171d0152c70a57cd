package org.palermo.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer a missing or malformed thing with a readable HTML page with the right status (404, 400, 405…),
 * never a 500 and never a JSON body. Ordered before Spring's own problem-details handler, which would
 * answer a page's bad parameter with problem+json; REST controllers are answered first by
 * {@code ProblemResponses}, and a path under {@code /api/} is always answered with problem+json.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(404, e.getMessage(), request, response);
    }

    @ExceptionHandler({InvalidInputException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView invalid(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(400, e instanceof MethodArgumentTypeMismatchException m
                ? "Parameter '" + m.getName() + "' has an invalid value" : e.getMessage(), request, response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(409, e.getMessage(), request, response);
    }

    /** Spring MVC's own refusals (missing parameter, wrong method, unknown path…) carry their status. */
    @ExceptionHandler({jakarta.servlet.ServletException.class, org.springframework.web.ErrorResponseException.class})
    ModelAndView standard(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(e instanceof ErrorResponse r)) {
            return unexpected(e, request, response);
        }
        int status = r.getStatusCode().value();
        String detail = r.getBody().getDetail();
        return answer(status, status >= 500 ? null : detail, request, response);
    }

    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e, HttpServletRequest request) {
        log.debug("Client went away during {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(500, null, request, response);
    }

    private static ModelAndView answer(int status, String detail, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String text = ErrorDispatch.detail(status, detail, request.getRequestURI());
        if (response.isCommitted()) {
            return null;
        }
        if (Problems.isApi(request)) {
            Problems.write(request, response, status, text);
            return null;
        }
        response.setStatus(status);
        return page(status, text);
    }

    /** The HTML problem page. */
    static ModelAndView page(int status, String message) {
        ModelAndView page = new ModelAndView("system/problem");
        page.addObject("status", status);
        page.addObject("title", switch (status) {
            case 400 -> "Bad request";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Too large";
            default -> status >= 500 ? "Something went wrong" : Problems.title(status);
        });
        page.addObject("message", message);
        return page;
    }
}
