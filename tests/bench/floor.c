/* The benchmark's floor: the least a summary workbook can cost. Writes, with libxlsxwriter and
 * nothing else (no parsing, no logic, no formats, no charts), the same number of string and
 * number cells across the same sheets as revq's workbook, strings of the same mean length and
 * with as many distinct strings (the shared-string table costs by distinct strings).
 *
 *   floor OUT.xlsx NAME COLUMNS STRINGS NUMBERS MEAN_BYTES DISTINCT [NAME ...]
 *
 * run.sh takes the figures from revq's workbook with `compare.py --plan`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static char **make_strings(unsigned long distinct, unsigned long bytes) {
    char **out = calloc(distinct ? distinct : 1, sizeof *out);
    if (!out)
        return NULL;
    for (unsigned long i = 0; i < distinct; ++i) {
        char head[32];
        int n = snprintf(head, sizeof head, "%lu ", i);
        unsigned long len = bytes > (unsigned long)n ? bytes : (unsigned long)n;
        out[i] = malloc(len + 1);
        if (!out[i])
            return NULL;
        memcpy(out[i], head, (size_t)n);
        for (unsigned long k = (unsigned long)n; k < len; ++k)
            out[i][k] = (char)('a' + k % 26);
        out[i][len] = '\0';
    }
    return out;
}

int main(int argc, char **argv) {
    if (argc < 2 || (argc - 2) % 6 != 0) {
        fprintf(stderr,
                "usage: floor OUT.xlsx NAME COLUMNS STRINGS NUMBERS MEAN_BYTES DISTINCT ...\n");
        return 2;
    }
    lxw_workbook *wb = workbook_new(argv[1]);
    if (!wb) {
        fprintf(stderr, "floor: cannot start %s\n", argv[1]);
        return 1;
    }
    for (int a = 2; a < argc; a += 6) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, argv[a]);
        unsigned long cols = strtoul(argv[a + 1], NULL, 10);
        unsigned long strings = strtoul(argv[a + 2], NULL, 10);
        unsigned long numbers = strtoul(argv[a + 3], NULL, 10);
        unsigned long bytes = strtoul(argv[a + 4], NULL, 10);
        unsigned long distinct = strtoul(argv[a + 5], NULL, 10);
        if (!ws || cols == 0) {
            fprintf(stderr, "floor: cannot add the sheet '%s'\n", argv[a]);
            return 1;
        }
        char **texts = make_strings(distinct, bytes);
        if (!texts) {
            fprintf(stderr, "floor: out of memory\n");
            return 1;
        }
        for (unsigned long k = 0; k < strings + numbers; ++k) {
            lxw_row_t row = (lxw_row_t)(k / cols);
            lxw_col_t col = (lxw_col_t)(k % cols);
            lxw_error e = k < strings
                              ? worksheet_write_string(ws, row, col, texts[k % distinct], NULL)
                              : worksheet_write_number(ws, row, col, (double)k, NULL);
            if (e != LXW_NO_ERROR) {
                fprintf(stderr, "floor: %s\n", lxw_strerror(e));
                return 1;
            }
        }
        for (unsigned long i = 0; i < distinct; ++i)
            free(texts[i]);
        free(texts);
    }
    lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        fprintf(stderr, "floor: cannot write %s: %s\n", argv[1], lxw_strerror(e));
        return 1;
    }
    return 0;
}
