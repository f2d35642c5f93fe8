/*
 * The agent panel live: a WebSocket tells the page that some ticket changed (never which), and the page reads again
 * what its user may see — the side navigation's counters, and what the page offers to refresh (hdListRefresh,
 * hdTicketRefresh, hdDashboardRefresh: remote commands a page may define; hdPresenceRefresh when someone starts or
 * stops writing on a ticket). Bursts of changes are read once. When the user opted in, a rise of the "mine",
 * "queue" or "customer replied" counters shows a desktop notification.
 */
(function () {
    'use strict';
    var REFRESHERS = ['hdDeskRefresh', 'hdListRefresh', 'hdTicketRefresh', 'hdDashboardRefresh'];
    var PRESENCE_REFRESHERS = ['hdPresenceRefresh'];
    var NOTIFYING = ['QUEUE', 'MINE', 'MINE_CUSTOMER_REPLIED'];
    var OPT_IN = 'hd.desktopNotifications';
    var pending = {};
    var retryMs = 1000;
    var counts = null;

    function settings() {
        return document.getElementById('hdDesk');
    }

    function connect() {
        var desk = settings();
        if (!desk || !window.WebSocket) {
            return;
        }
        var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
            + desk.getAttribute('data-events'));
        socket.onopen = function () {
            retryMs = 1000;
            desk.setAttribute('data-state', 'open');
        };
        socket.onmessage = function (event) {
            var kind = 'changed';
            try {
                kind = JSON.parse(event.data).kind;
            } catch (e) {
                // an unreadable message still means something changed
            }
            refresh(kind === 'presence' ? PRESENCE_REFRESHERS : REFRESHERS);
        };
        socket.onclose = function () {
            desk.setAttribute('data-state', 'closed');
            setTimeout(connect, retryMs);
            retryMs = Math.min(retryMs * 2, 30000);
        };
    }

    /** Runs the page's refreshers once for a burst of messages. */
    function refresh(refreshers) {
        var key = refreshers[0];
        if (pending[key]) {
            return;
        }
        pending[key] = setTimeout(function () {
            pending[key] = null;
            refreshers.forEach(function (name) {
                if (name === 'hdListRefresh' && document.querySelector('.hd-ticket-table tr[aria-selected="true"]')) {
                    return; // the agent is choosing tickets for a bulk change: the list stays as they see it
                }
                if (typeof window[name] === 'function') {
                    window[name]();
                }
            });
        }, 400);
    }

    function readCounts() {
        var now = {};
        NOTIFYING.forEach(function (name) {
            var counter = document.querySelector('#counter-' + name + ' .hd-count');
            now[name] = counter ? parseInt(counter.textContent, 10) || 0 : 0;
        });
        return now;
    }

    /** After the counters were read again: a notification for each that rose, if the user wants them. */
    function counted() {
        var now = readCounts();
        if (counts && localStorage.getItem(OPT_IN) === 'yes' && window.Notification
                && Notification.permission === 'granted') {
            NOTIFYING.forEach(function (name) {
                if (now[name] > counts[name]) {
                    var desk = settings();
                    new Notification(desk.getAttribute('data-title'), {
                        body: desk.getAttribute('data-notify-' + name.toLowerCase()), tag: 'hd-' + name
                    });
                }
            });
        }
        counts = now;
    }

    /** The user menu's switch: asks the browser's permission the first time. */
    function toggleNotifications() {
        if (!window.Notification) {
            return;
        }
        if (localStorage.getItem(OPT_IN) === 'yes') {
            localStorage.removeItem(OPT_IN);
            return;
        }
        Notification.requestPermission().then(function (permission) {
            if (permission === 'granted') {
                localStorage.setItem(OPT_IN, 'yes');
            }
        });
    }

    /** Typing in the ticket page's reply form tells the others, at most every few seconds. */
    var lastTyping = 0;
    document.addEventListener('input', function (event) {
        var form = event.target.closest && event.target.closest('[id="replyForm"]');
        if (!form || typeof window.hdTyping !== 'function' || Date.now() - lastTyping < 5000) {
            return;
        }
        lastTyping = Date.now();
        window.hdTyping();
    }, true);
    document.addEventListener('submit', function (event) {
        if (event.target.id === 'replyForm' && typeof window.hdStoppedTyping === 'function') {
            lastTyping = 0;
            window.hdStoppedTyping();
        }
    }, true);

    window.hdDesk = { counted: counted, toggleNotifications: toggleNotifications };
    document.addEventListener('DOMContentLoaded', function () {
        counts = readCounts();
        connect();
    });
})();
