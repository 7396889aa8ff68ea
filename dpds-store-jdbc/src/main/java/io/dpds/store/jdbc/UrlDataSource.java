package io.dpds.store.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** A data source without a pool: a new connection per call, from {@link DriverManager}. */
final class UrlDataSource implements DataSource {

  private final String url;
  private final Properties properties = new Properties();

  UrlDataSource(String url, @Nullable String user, @Nullable String password) {
    if (!url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("a JDBC URL starts with jdbc:, e.g. jdbc:postgresql://host:5432/db");
    }
    try {
      DriverManager.getDriver(url); // a URL no driver reads fails at once, not after every retry of a connection
    } catch (SQLException e) {
      throw new IllegalArgumentException("no JDBC driver on the class path reads this URL; the store speaks"
          + " PostgreSQL: jdbc:postgresql://host:5432/db, with PostgreSQL's driver (org.postgresql:postgresql)");
    }
    this.url = url;
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url, properties);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return DriverManager.getConnection(url, username, password);
  }

  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  @Override
  public String toString() {
    return "UrlDataSource[" + url + "]"; // never the password
  }
}
