package org.palermo.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.palermo.accounts.Actors;
import org.palermo.reference.Countries;
import org.palermo.system.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The statistics pages: world map and HDI scatter, country pages, data quality, submissions. Pages only
 * read; the submission pages act through the API (statistics-submission.js), so every change goes
 * through one access rule, one validation and one audit path.
 */
@Controller
class StatisticsPages {

    private final Statistics statistics;
    private final CountrySummaries summaries;
    private final Submissions submissions;
    private final ValidationRules rules;
    private final PublicAnswers answers;
    private final ObjectProvider<ThymeleafViewResolver> views;   // absent when a command runs without the web server

    StatisticsPages(Statistics statistics, CountrySummaries summaries, Submissions submissions, ValidationRules rules,
                    PublicAnswers answers, ObjectProvider<ThymeleafViewResolver> views) {
        this.answers = answers;
        this.views = views;
        this.statistics = statistics;
        this.summaries = summaries;
        this.submissions = submissions;
        this.rules = rules;
    }

    @GetMapping("/statistics")
    String index(@RequestParam(required = false) String indicator, @RequestParam(required = false) Integer year, Model model) {
        List<Statistics.Indicator> indicators = statistics.indicators();
        Statistics.Indicator chosen = indicators.stream().filter(i -> i.name().equalsIgnoreCase(indicator == null ? "" : indicator))
                .findFirst().orElse(indicators.get(0));
        int y = year != null ? year : chosen.years().isEmpty() ? 2019 : chosen.years().contains(2019) ? 2019
                : chosen.years().get(chosen.years().size() - 1);
        model.addAttribute("indicators", indicators);
        model.addAttribute("indicator", chosen);
        model.addAttribute("year", y);
        model.addAttribute("rows", statistics.byCountry(chosen.name(), y));
        model.addAttribute("countries", Countries.bundled().all());
        return "statistics/index";
    }

    /**
     * A country's page. Rendered for readers who are not signed in, it is the same for all of them (in
     * one locale) until the published data change, and is kept; a signed-in reader's page names them
     * and is rendered for them.
     */
    @GetMapping("/statistics/countries/{iso3}")
    ModelAndView country(@PathVariable String iso3, Model model, Locale locale, HttpServletRequest request,
                         HttpServletResponse response) {
        if (model.getAttribute("viewer") != null) {
            model.addAttribute("summary", summaries.forCountry(iso3));
            return new ModelAndView("statistics/country");
        }
        return new ModelAndView(answers.page("statistics/countries/" + iso3.strip(), locale, () -> {
            model.addAttribute("summary", summaries.forCountry(iso3));
            return RenderedPage.render(views.getObject(), "statistics/country", model.asMap(), locale, request, response);
        }));
    }

    @GetMapping("/statistics/data-quality")
    String dataQuality(@RequestParam(required = false) String country, Model model) {
        List<Statistics.Conflict> all = statistics.conflicts(country == null || country.isBlank() ? null : country);
        model.addAttribute("conflicts", all.stream().filter(Statistics.Conflict::valuesDiffer).toList());
        model.addAttribute("repeats", all.stream().filter(c -> !c.valuesDiffer()).toList());
        model.addAttribute("country", country);
        return "statistics/data-quality";
    }

    @GetMapping("/statistics/submissions")
    String submissions(Model model) {
        model.addAttribute("submissions", submissions.list());
        model.addAttribute("countries", Countries.bundled().all());
        model.addAttribute("ownCountry", Actors.current().map(p -> p.country()).orElse(null));
        model.addAttribute("year", java.time.Year.now().getValue() - 1);
        model.addAttribute("validator", Actors.current().map(p -> p.role() == Role.ANALYST || p.role() == Role.ADMIN).orElse(false));
        return "statistics/submissions";
    }

    /** A form row: the cell's key, its value as entered, and whether the category is typed in (citizenship). */
    record FormRow(String indicator, String dimension, String category, String sex, String age, String value, boolean free) {
    }

    @GetMapping("/statistics/submissions/{id}")
    String submission(@PathVariable long id, Model model) {
        Submission s = submissions.get(id);
        Map<String, SubmissionValue> byKey = new LinkedHashMap<>();
        s.values().forEach(v -> byKey.put(v.key(), v));
        List<FormRow> rows = new ArrayList<>();
        for (SubmissionSheets.TemplateRow t : submissions.templateRows()) {
            SubmissionValue v = byKey.remove(String.join("|", t.indicator(), t.dimension(), t.category(), t.sex(), t.age()));
            rows.add(new FormRow(t.indicator(), t.dimension(), t.category(), t.sex(), t.age(), v == null ? "" : String.valueOf(v.value()),
                    false));
        }
        for (SubmissionValue v : byKey.values()) {
            rows.add(new FormRow(v.indicator(), v.dimension(), v.category(), v.sex(), v.age(), String.valueOf(v.value()), true));
        }
        for (int i = 0; i < 3; i++) {
            rows.add(new FormRow(CountrySummaries.VICTIMS, "by citizenship", "", "Total", "Total", "", true));
        }
        model.addAttribute("submission", s);
        model.addAttribute("rows", rows);
        model.addAttribute("rules", rules.all());
        model.addAttribute("editable", !s.status().equals("SUBMITTED"));
        return "statistics/submission";
    }

}
