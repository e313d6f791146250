/* The floor for revq's very cells: reads the flat file dump_cells.py wrote from revq's
 * workbook and writes the same strings and numbers at the same places with libxlsxwriter, and
 * nothing else (no formats, charts or links). Prints how long workbook_close took.
 *
 *   cc -O2 -o floor_exact floor_exact.c -lxlsxwriter
 *   floor_exact OUT.xlsx CELLS.bin
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: floor_exact OUT.xlsx CELLS.bin\n");
        return 2;
    }
    FILE *f = fopen(argv[2], "rb");
    if (!f) {
        fprintf(stderr, "floor_exact: cannot read %s\n", argv[2]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    char *text = malloc((size_t)n + 1);
    if (!buf || !text || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fprintf(stderr, "floor_exact: cannot read %s\n", argv[2]);
        return 1;
    }
    fclose(f);
    buf[n] = 'E';
    lxw_workbook *wb = workbook_new(argv[1]);
    lxw_worksheet *ws = NULL;
    for (char *p = buf; *p != 'E';) {
        char kind = *p++;
        uint32_t row = 0, len = 0;
        uint16_t col = 0;
        if (kind == 'S') {
            memcpy(&len, p, 4);
            memcpy(text, p + 4, len);
            text[len] = '\0';
            p += 4 + len;
            ws = workbook_add_worksheet(wb, text);
        } else if (kind == 'N') {
            double v;
            memcpy(&row, p, 4);
            memcpy(&col, p + 4, 2);
            memcpy(&v, p + 6, 8);
            p += 14;
            worksheet_write_number(ws, row, col, v, NULL);
        } else if (kind == 'T') {
            memcpy(&row, p, 4);
            memcpy(&col, p + 4, 2);
            memcpy(&len, p + 6, 4);
            memcpy(text, p + 10, len);
            text[len] = '\0';
            p += 10 + len;
            worksheet_write_string(ws, row, col, text, NULL);
        } else {
            fprintf(stderr, "floor_exact: %s is not a cell dump\n", argv[2]);
            return 1;
        }
        if (!ws) {
            fprintf(stderr, "floor_exact: cannot add a sheet\n");
            return 1;
        }
    }
    double t0 = now_ms();
    lxw_error e = workbook_close(wb);
    fprintf(stderr, "workbook_close %.1f ms\n", now_ms() - t0);
    if (e != LXW_NO_ERROR) {
        fprintf(stderr, "floor_exact: %s\n", lxw_strerror(e));
        return 1;
    }
    return 0;
}
