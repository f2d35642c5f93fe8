// The dashboard refreshes its widgets only while it is seen: the poll stops in a hidden tab and starts again,
// refreshing at once, when the tab comes back.
document.addEventListener('visibilitychange', function () {
    if (!window.PF || !PF('dashboardPoll')) {
        return;
    }
    if (document.hidden) {
        PF('dashboardPoll').stop();
    } else {
        PF('dashboardPoll').start();
    }
});
