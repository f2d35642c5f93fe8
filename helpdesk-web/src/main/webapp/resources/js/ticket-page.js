/*
 * The ticket page's browser side, in either panel. A file of its own because the Content-Security-Policy lets no
 * inline script run.
 *
 * Draft: what is typed in the reply editor is kept in localStorage, per signed-in user and per ticket, and put back
 * when the page is opened again with an empty editor (after a session that expired while typing, the reply that was
 * posted is lost, the draft is not). The page after a sent reply says so, and the draft is forgotten.
 *
 * Shortcuts (agent panel): "?" help, "/" search, "r" reply, "n" internal note, "j"/"k" next/previous ticket, Esc
 * closes the help. None fires while typing in a field or with a modifier key held.
 */
(function () {
    'use strict';

    var SAVE_DELAY_MS = 400;

    function draftKey(state) {
        return 'helpdesk.draft:' + state.getAttribute('data-user') + ':' + state.getAttribute('data-protocol');
    }

    function whenEditorReady(callback, attemptsLeft) {
        var widget = window.PF && PrimeFaces.widgets.replyEditor ? PF('replyEditor') : null;
        if (widget && widget.editor) {
            callback(widget);
        } else if (attemptsLeft > 0) {
            setTimeout(function () { whenEditorReady(callback, attemptsLeft - 1); }, 100);
        }
    }

    function isEmpty(editor) {
        return editor.getText().trim() === '' && editor.root.querySelector('img') === null;
    }

    function keepDrafts() {
        var state = document.getElementById('draftState');
        if (!state || !state.getAttribute('data-user') || !window.localStorage) {
            return;
        }
        var key = draftKey(state);
        if (state.getAttribute('data-sent') === 'true') {
            localStorage.removeItem(key);
        }
        whenEditorReady(function (widget) {
            var editor = widget.editor;
            var saved = localStorage.getItem(key);
            if (saved && isEmpty(editor)) {
                editor.clipboard.dangerouslyPasteHTML(saved, 'api');
                widget.input.val(widget.getEditorValue());
                var note = document.createElement('div');
                note.id = 'draftRestored';
                note.className = 'hd-draft-restored';
                note.textContent = state.getAttribute('data-restored');
                widget.jq.before(note);
            }
            var timer = null;
            editor.on('text-change', function () {
                clearTimeout(timer);
                timer = setTimeout(function () {
                    if (isEmpty(editor)) {
                        localStorage.removeItem(key);
                    } else {
                        localStorage.setItem(key, editor.root.innerHTML);
                    }
                }, SAVE_DELAY_MS);
            });
        }, 50);
    }

    function isTyping(target) {
        if (!target || !target.tagName) {
            return false;
        }
        var tag = target.tagName.toLowerCase();
        return tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable;
    }

    function focusReply(asNote) {
        var box = window.PF && PrimeFaces.widgets.internalNoteBox ? PF('internalNoteBox') : null;
        if (box) {
            if (asNote) {
                box.check();
            } else {
                box.uncheck();
            }
        } else if (asNote) {
            return;
        }
        whenEditorReady(function (widget) {
            widget.jq.get(0).scrollIntoView({block: 'center'});
            widget.editor.focus();
        }, 10);
    }

    function go(id) {
        var link = document.getElementById(id);
        if (link && link.getAttribute('href')) {
            window.location.href = link.getAttribute('href');
        }
    }

    function toggleHelp(show) {
        var help = document.getElementById('shortcutHelp');
        if (!help) {
            return;
        }
        var visible = show === undefined ? help.classList.contains('hd-hidden') : show;
        help.classList.toggle('hd-hidden', !visible);
        if (visible) {
            help.focus();
        }
    }

    function shortcuts() {
        var page = document.getElementById('ticketShortcuts');
        if (!page) {
            return;
        }
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                toggleHelp(false);
                return;
            }
            if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
                return;
            }
            switch (event.key) {
                case '?':
                    toggleHelp();
                    break;
                case '/':
                    var search = document.getElementById('globalSearch');
                    if (search) {
                        search.focus();
                    } else {
                        window.location.href = page.getAttribute('data-list');
                    }
                    break;
                case 'r':
                    focusReply(false);
                    break;
                case 'n':
                    focusReply(true);
                    break;
                case 'j':
                    go('nextTicket');
                    break;
                case 'k':
                    go('previousTicket');
                    break;
                case 'u':
                    go('backToList');
                    break;
                default:
                    return;
            }
            event.preventDefault();
        });
        var close = document.getElementById('closeShortcutHelp');
        if (close) {
            close.addEventListener('click', function () { toggleHelp(false); });
        }
    }

    /** PrimeFaces copies what was typed into the form's field when the editor loses focus; a send by key may not. */
    function sendWhatTheEditorShows() {
        var form = document.getElementById('replyForm');
        if (form) {
            form.addEventListener('submit', function () {
                var widget = window.PF && PrimeFaces.widgets.replyEditor ? PF('replyEditor') : null;
                if (widget && widget.editor) {
                    widget.input.val(widget.getEditorValue());
                }
            });
        }
    }

    /**
     * PrimeFaces previews a chosen image from a blob: address, which the policy's img-src does not allow; the page
     * lists the uploaded files itself, so the upload previews nothing.
     */
    function noBlobPreviews(attemptsLeft) {
        if (window.PF && PrimeFaces.widgets.replyFiles) {
            PF('replyFiles').IMAGE_TYPES = /(?!)/;
        } else if (attemptsLeft > 0 && document.getElementById('replyForm')) {
            setTimeout(function () { noBlobPreviews(attemptsLeft - 1); }, 100);
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        noBlobPreviews(50);
        sendWhatTheEditorShows();
        keepDrafts();
        shortcuts();
    });
}());
