// The parts of ncursesw Swift cannot import directly: function-like macros and C globals
// (Swift 6 rejects mutable globals such as stdscr as not concurrency-safe). Each wrapper is a
// static inline function so the Swift side calls a typed function instead of a macro.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#if defined(__APPLE__)
// macOS ships a wide-character ncurses as <curses.h> in its SDK.
#include <curses.h>
#else
#include <ncursesw/curses.h>
#endif
#include <stdio.h>

static inline WINDOW *txray_stdscr(void) { return stdscr; }
static inline int txray_colors(void) { return COLORS; }
static inline int txray_lines(void) { return LINES; }
static inline int txray_cols(void) { return COLS; }

static inline attr_t txray_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }

static inline void txray_getmaxyx(WINDOW *window, int *rows, int *columns) {
  getmaxyx(window, *rows, *columns);
}

static inline attr_t txray_a_normal(void) { return A_NORMAL; }
static inline attr_t txray_a_bold(void) { return A_BOLD; }
static inline attr_t txray_a_dim(void) { return A_DIM; }
static inline attr_t txray_a_reverse(void) { return A_REVERSE; }
static inline attr_t txray_a_underline(void) { return A_UNDERLINE; }
static inline attr_t txray_a_standout(void) { return A_STANDOUT; }

static inline const cchar_t *txray_wacs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *txray_wacs_vline(void) { return WACS_VLINE; }
static inline const cchar_t *txray_wacs_ulcorner(void) { return WACS_ULCORNER; }
static inline const cchar_t *txray_wacs_urcorner(void) { return WACS_URCORNER; }
static inline const cchar_t *txray_wacs_llcorner(void) { return WACS_LLCORNER; }
static inline const cchar_t *txray_wacs_lrcorner(void) { return WACS_LRCORNER; }

/// Sets the attributes of everything written next, as `attrset` does (a macro).
static inline int txray_attrset(WINDOW *window, attr_t attributes) {
  return wattrset(window, (int)attributes);
}
