// Long tables are shown a page at a time: WebKit lays out every row of an el-table, and a
// province's 3,000 lessons in one table froze the window for seconds (issue 17).
import { computed, ref, watch } from "vue";
/** The page sizes a user can pick; the first is the default: a screen shows a dozen rows, and
 * WebKit took about a second to lay out 100 rows of the ranking, a quarter of that for 50. */
export const PAGE_SIZES = [50, 100, 200, 500];
/** The rows of page `page` (1-based) of `size` rows, the page clamped to the rows there are. */
export function pageOf(rows, page, size) {
    const pages = Math.max(1, Math.ceil(rows.length / size));
    const p = Math.min(Math.max(1, Math.floor(page)), pages);
    return rows.slice((p - 1) * size, p * size);
}
/** A page of `rows` that follows them: a new filter or search goes back to page 1. */
export function usePages(rows) {
    const page = ref(1);
    const size = ref(PAGE_SIZES[0]);
    watch(() => rows.value, (now, before) => {
        if (now.length !== before?.length)
            page.value = 1;
    });
    const shown = computed(() => pageOf(rows.value, page.value, size.value));
    return { page, size, shown };
}
