#ifndef ZHIBIAO_CLIBEDIT_SHIM_H
#define ZHIBIAO_CLIBEDIT_SHIM_H

/* libedit's el_set, el_get and history are C-variadic; Swift cannot call them. Each wrapper
   below fixes one argument shape. */

#include <histedit.h>
#include <stdio.h>
#include <locale.h>

typedef char *(*zb_prompt_fn)(EditLine *);
typedef unsigned char (*zb_command_fn)(EditLine *, int);

static inline int zb_el_set_prompt(EditLine *el, zb_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}
static inline int zb_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int zb_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int zb_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int zb_el_add_function(EditLine *el, const char *name, const char *help,
                                     zb_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int zb_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}
static inline int zb_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *zb_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int zb_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int zb_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int zb_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
static inline int zb_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}
static inline int zb_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) < 0) return -1;
    return ev.num;
}

#endif
