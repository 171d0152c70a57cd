package org.palermo.documents;

import java.util.List;

/** One page of the documents list: its rows, how many match in all, and where the page stands. */
public record DocumentPage(List<DocumentSummary> rows, int total, int page, int size) {

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public int first() {
        return rows.isEmpty() ? 0 : (page - 1) * size + 1;
    }

    public int last() {
        return (page - 1) * size + rows.size();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
