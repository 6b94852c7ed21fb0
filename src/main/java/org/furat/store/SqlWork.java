package org.furat.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work run inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
