package dev.helpdesk.workspace.application;

import java.util.function.Consumer;

/**
 * Hands ticket changes to every panel that listens, on every node: the one place a cluster changes how changes
 * travel. Listeners (the web module's push channel) subscribe once when they start.
 */
public interface DeskFanout {

    /** Delivers the change to every subscriber; called after the change committed. */
    void publish(DeskChange change);

    /** Registers a subscriber of this node; it is called on the publishing thread and must return quickly. */
    void subscribe(Consumer<DeskChange> subscriber);
}
