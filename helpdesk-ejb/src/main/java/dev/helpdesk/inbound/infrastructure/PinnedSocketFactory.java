package dev.helpdesk.inbound.infrastructure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * Sockets that connect to one address checked beforehand, whatever host name the mail library resolves: the name
 * stays the one TLS checks the certificate against, the address cannot change between the check and the
 * connection. Given to Jakarta Mail as {@code mail.<protocol>.socketFactory}, which layers TLS over these sockets
 * for IMAPS and STARTTLS.
 */
public final class PinnedSocketFactory extends SocketFactory {

    private final InetAddress address;

    public PinnedSocketFactory(InetAddress address) {
        this.address = address;
    }

    @Override
    public Socket createSocket() {
        return new PinnedSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(port);
    }

    private Socket connected(int port) throws IOException {
        Socket socket = new PinnedSocket();
        socket.connect(new InetSocketAddress(address, port));
        return socket;
    }

    private final class PinnedSocket extends Socket {

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            int port = ((InetSocketAddress) endpoint).getPort();
            super.connect(new InetSocketAddress(address, port), timeout);
        }
    }
}
