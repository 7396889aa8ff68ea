package io.dpds.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The worst moment for a connection to break: after PostgreSQL applied a write, before its answer arrived. The
 * statement really runs on the real database; only its answer is lost (SQL state 08006), once. The retry must
 * recognise its own applied write by its token and report it applied, never apply it twice.
 */
class LostAcknowledgementTest {

  /** A data source whose next write is applied and then loses its answer. */
  private static final class LosingAnswers {
    final AtomicInteger toLose = new AtomicInteger();
    final DataSource dataSource;

    LosingAnswers(DataSource real) {
      dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
          new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            return method.getName().equals("getConnection") ? connection((Connection) result) : result;
          });
    }

    private Connection connection(Connection real) {
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            return method.getName().equals("prepareStatement") ? statement((PreparedStatement) result) : result;
          });
    }

    private PreparedStatement statement(PreparedStatement real) {
      InvocationHandler handler = (proxy, method, args) -> {
        Object result = invoke(real, method, args);
        if (method.getName().equals("executeUpdate") && toLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          throw new SQLException("An I/O error occurred while sending to the backend", "08006");
        }
        return result;
      };
      return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
          new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void writesWhoseAnswerWasLostAreRecognisedNotAppliedTwice() {
    JdbcStore migrated = Postgres.freshStore();
    String prefix = migrated.toString().replaceAll(".*\\[(.*)records\\]", "$1");
    LosingAnswers losing = new LosingAnswers(Postgres.dataSource());
    JdbcStore store = JdbcStore.builder(losing.dataSource).tablePrefix(prefix).retryFor(Duration.ofSeconds(10))
        .build();

    losing.toLose.set(1);
    assertThat(store.create("c", "k", bytes("v1"))).as("created, its answer lost").isTrue();
    losing.toLose.set(1);
    assertThat(store.replace("c", "k", 1, bytes("v2"))).as("replaced, its answer lost").isTrue();
    assertThat(store.get("c", "k").orElseThrow().revision()).as("applied once, not twice").isEqualTo(2);
    losing.toLose.set(1);
    store.append("audit", "one entry");
    assertThat(store.read("audit")).containsExactly("one entry");
    losing.toLose.set(1);
    assertThat(store.delete("c", "k", 2)).isTrue();
    assertThat(store.get("c", "k")).isEmpty();

    assertThat(store.create("c", "other", bytes("x"))).isTrue();
    losing.toLose.set(1);
    assertThat(store.replace("c", "other", 5, bytes("y"))).as("a stale revision stays refused on the retry")
        .isFalse();
  }
}
