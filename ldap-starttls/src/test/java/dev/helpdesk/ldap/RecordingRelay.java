package dev.helpdesk.ldap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on the loopback address to a local port that keeps a copy of every byte the clients send: what
 * someone on the network between the help desk and the directory would see. It can also play a directory that
 * freezes: after a given number of answers it passes nothing more back to the client.
 */
final class RecordingRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final int answersPassed;

    RecordingRelay(int target) throws IOException {
        this(target, Integer.MAX_VALUE);
    }

    /** A relay that passes back the server's first {@code answersPassed} reads, then swallows what it says. */
    RecordingRelay(int target, int answersPassed) throws IOException {
        this.target = target;
        this.answersPassed = answersPassed;
        this.listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Everything the clients sent so far, read as ISO-8859-1 so any byte sequence can be searched. */
    String sent() {
        synchronized (sent) {
            return sent.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(server);
                pump(client.getInputStream(), server.getOutputStream(), true, Integer.MAX_VALUE);
                pump(server.getInputStream(), client.getOutputStream(), false, answersPassed);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(InputStream from, OutputStream to, boolean record, int readsPassed) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            int reads = 0;
            try {
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                    if (++reads > readsPassed) {
                        continue;
                    }
                    if (record) {
                        synchronized (sent) {
                            sent.write(buffer, 0, n);
                        }
                    }
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // the other side closed: the relay for this connection ends
            } finally {
                close(to);
            }
        }, "relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }

    @Override
    public void close() {
        close(listener);
        sockets.forEach(RecordingRelay::close);
    }
}
