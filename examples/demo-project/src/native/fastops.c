/* A small native helper for feature hashing, with planted C bugs that flawfinder reports
 * (its SARIF is committed in reports/ and imported by the sarif gate). Do not copy. */
#include <stdio.h>
#include <string.h>

void copy_label(char *dst, const char *label) {
    strcpy(dst, label);            /* no bounds check (CWE-120) */
}

void format_key(char *out, const char *user, int bucket) {
    sprintf(out, "%s:%d", user, bucket);   /* unbounded format (CWE-120) */
}

int read_line(char *buf) {
    return scanf("%s", buf);       /* unbounded read (CWE-120/CWE-20) */
}

void log_msg(const char *msg) {
    printf(msg);                   /* format string from the caller (CWE-134) */
}
