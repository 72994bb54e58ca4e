package com.medislot.launcher;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Stands in for {@code payara-micro.jar} in tests: prints its arguments, then behaves as the system
 * property {@code fake.mode} says: {@code serve} answers 200 on the readiness path of the {@code
 * --port} it was given, {@code exit} ends with code 3, {@code hang} never gets ready.
 */
public final class FakePayaraMicro {

  private FakePayaraMicro() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    List<String> arguments = List.of(args);
    System.out.println("fake-args " + String.join(" ", arguments));
    String settings =
        Files.readString(Path.of(arguments.get(arguments.indexOf("--systemproperties") + 1)));
    System.out.println("fake-settings-have-db-url " + settings.contains("medislot.db.url="));
    switch (System.getProperty("fake.mode", "serve")) {
      case "exit" -> System.exit(3);
      case "hang" -> Thread.sleep(600_000);
      default -> serve(Integer.parseInt(arguments.get(arguments.indexOf("--port") + 1)));
    }
  }

  private static void serve(int port) throws IOException, InterruptedException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
    server.createContext(
        "/api/v1/health/ready",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    System.out.println("fake-serving " + port);
    Thread.sleep(600_000);
  }
}
