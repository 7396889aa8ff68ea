package io.dpds.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/** HTTP(S) to allowed hosts only; see {@link ResourceLoader#http(Collection, Limits)}. */
final class HttpLoader implements ResourceLoader {

  /** Cuts off bodies that arrive too slowly (see {@link #readBefore}). */
  private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "dpds-http-deadlines");
    thread.setDaemon(true);
    return thread;
  });

  private final Set<String> allowedHosts;
  private final Limits limits;
  private final HttpClient client;

  HttpLoader(Collection<String> allowedHosts, Limits limits) {
    this.allowedHosts =
        allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    this.limits = limits;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(limits.httpTimeout())
            .build();
  }

  @Override
  public boolean supports(URI uri) {
    String scheme = uri.getScheme();
    return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
  }

  @Override
  public byte[] read(URI uri, long maxBytes) throws ResourceException {
    URI current = uri;
    for (int hop = 0; ; hop++) {
      checkAllowed(current, uri);
      HttpResponse<InputStream> response = send(current);
      int status = response.statusCode();
      try (InputStream body = response.body()) {
        if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
          if (hop >= limits.maxRedirects()) {
            throw new ResourceException(ResourceException.Kind.REFUSED,
                uri + " redirects more than " + limits.maxRedirects() + " times");
          }
          current = current.resolve(response.headers().firstValue("Location").get());
          continue;
        }
        if (status == 404 || status == 410) {
          throw new ResourceException(ResourceException.Kind.NOT_FOUND, "HTTP " + status + " for " + current);
        }
        if (status != 200) {
          throw new ResourceException(ResourceException.Kind.FAILED, "HTTP " + status + " for " + current);
        }
        return readBefore(body, maxBytes, current);
      } catch (IOException e) {
        throw new ResourceException(ResourceException.Kind.FAILED, "Cannot read " + current + ": " + e.getMessage());
      }
    }
  }

  private void checkAllowed(URI target, URI requested) throws ResourceException {
    String host = target.getHost() == null ? "" : target.getHost().toLowerCase(Locale.ROOT);
    String via = target.equals(requested) ? "" : " (redirected from " + requested + ")";
    if (!supports(target)) {
      throw new ResourceException(ResourceException.Kind.REFUSED, "The scheme of " + target + " is not allowed:"
          + " remote references are read over HTTP or HTTPS only" + via);
    }
    if (!allowedHosts.contains(host)) {
      throw new ResourceException(ResourceException.Kind.REFUSED,
          "The host " + (host.isEmpty() ? "of " + target : host) + " is not allowed" + via);
    }
  }

  /**
   * The body, read within the request's timeout: a server that sends its headers and then trickles the body is cut
   * off at the deadline (the stream is closed under the reader), not waited for byte by byte.
   */
  private byte[] readBefore(InputStream body, long maxBytes, URI uri) throws IOException, ResourceException {
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
      late.set(true);
      try {
        body.close();
      } catch (IOException ignored) {
        // closing is all that is wanted
      }
    }, limits.httpTimeout().toMillis(), TimeUnit.MILLISECONDS);
    try {
      return Bounded.read(body, maxBytes, uri.toString());
    } catch (IOException e) {
      if (late.get()) {
        throw new ResourceException(ResourceException.Kind.FAILED,
            uri + " did not send its content within " + limits.httpTimeout().toMillis() + " ms");
      }
      throw e;
    } finally {
      deadline.cancel(false);
    }
  }

  private HttpResponse<InputStream> send(URI uri) throws ResourceException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(limits.httpTimeout()).GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new ResourceException(ResourceException.Kind.FAILED,
          uri + " did not answer within " + limits.httpTimeout().toMillis() + " ms");
    } catch (IOException e) {
      throw new ResourceException(ResourceException.Kind.FAILED, "Cannot read " + uri + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ResourceException(ResourceException.Kind.FAILED, "Interrupted while reading " + uri);
    }
  }
}
