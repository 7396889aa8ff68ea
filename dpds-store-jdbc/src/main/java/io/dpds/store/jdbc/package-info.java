/**
 * The lifecycle store on PostgreSQL: {@link io.dpds.store.jdbc.JdbcStore} over a host's {@code DataSource}, its
 * versioned SQL migrations, and the failures of the database as {@link io.dpds.store.jdbc.JdbcStoreException}s.
 */
@NullMarked
package io.dpds.store.jdbc;

import org.jspecify.annotations.NullMarked;
