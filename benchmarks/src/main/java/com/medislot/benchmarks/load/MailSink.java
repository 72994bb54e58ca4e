package com.medislot.benchmarks.load;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.util.ServerSetup;
import com.medislot.benchmarks.Options;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The load benchmark's SMTP server (GreenMail on 127.0.0.1), so that the emails of its bookings and
 * cancellations go through a real SMTP conversation, as in production, instead of failing and being
 * retried. What was sent is counted on the server's side (the notification table, see {@link
 * NotificationReport}); the sink keeps nothing: every {@code --purge-seconds} (10) it empties its
 * mailboxes. Runs until told to stop (SIGTERM or Ctrl-C).
 *
 * <p>GreenMail writes each line of its multi-line {@code EHLO} answer separately. With Nagle's
 * algorithm on and the client's delayed acknowledgement, every connection then waits about 40 ms
 * for its second line, which made the sink, not Medislot, bound the email rate at about 21 per
 * second. Mail servers in production (Postfix, Exim) answer in one write; the sink's sockets send
 * at once ({@code TCP_NODELAY}) to behave like them.
 *
 * <p>Options: {@code --port=N} (required), {@code --ready-file=FILE} (written once it listens).
 */
public final class MailSink {

  private MailSink() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    int port =
        Integer.parseInt(
            o.get("port").orElseThrow(() -> new IllegalArgumentException("--port is required")));
    long purgeMillis = o.getInt("purge-seconds", 10) * 1000L;
    Managers managers = new Managers();
    SmtpServer smtp =
        new SmtpServer(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP), managers) {
          @Override
          protected void handleClientSocket(Socket client) throws SocketException {
            client.setTcpNoDelay(true);
            super.handleClientSocket(client);
          }
        };
    smtp.startService();
    if (!smtp.waitTillRunning(30_000)) {
      throw new IllegalStateException("the SMTP server did not start on port " + port);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  smtp.stopService();
                  stopped.countDown();
                },
                "mail-sink-stop"));
    if (o.get("ready-file").isPresent()) {
      ReadyFile.write(Path.of(o.get("ready-file").get()), Map.of("port", Integer.toString(port)));
    }
    System.out.println("mail sink: SMTP on 127.0.0.1:" + port);
    while (!stopped.await(purgeMillis, TimeUnit.MILLISECONDS)) {
      for (MailFolder folder : managers.getImapHostManager().getStore().listMailboxes("*")) {
        folder.deleteAllMessages();
      }
    }
  }
}
