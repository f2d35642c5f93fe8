package dev.helpdesk.workspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The fan-out of one node: changes go to this node's subscribers. Enough while one node serves every panel; with
 * several nodes a fan-out that also carries changes to the other nodes takes its place.
 */
@ApplicationScoped
public class LocalDeskFanout implements DeskFanout {

    private static final Logger LOG = Logger.getLogger(LocalDeskFanout.class.getName());

    private final List<Consumer<DeskChange>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(DeskChange change) {
        for (Consumer<DeskChange> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                // a panel that cannot be told misses one refresh; the change itself is committed and safe
                LOG.log(Level.WARNING, e, () -> "A desk subscriber failed on ticket " + change.protocol());
            }
        }
    }

    @Override
    public void subscribe(Consumer<DeskChange> subscriber) {
        subscribers.add(subscriber);
    }
}
