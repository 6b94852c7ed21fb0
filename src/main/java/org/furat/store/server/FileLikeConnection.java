package org.furat.store.server;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection to the team database that behaves, where Furat's statements rely on it, as a connection to a file
 * does (docs/decisions/0009): SQLite's numbered parameters ({@code ?1}, a number used more than once, a bare
 * {@code ?} taking the number after the largest so far) are rewritten for PostgreSQL's driver, which numbers only by
 * position, and bound at every use; and a time read as text comes as the file writes it, ISO 8601 in UTC
 * ({@code 2026-12-02T10:15:30.123Z}), not in PostgreSQL's own form. Question marks inside quotes are left alone.
 */
final class FileLikeConnection {

    /** The file's form of a time: to the millisecond, as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ') writes it. */
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    /** A time the server kept to the microsecond keeps it. */
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private FileLikeConnection() {}

    static Connection wrap(Connection connection) {
        return proxy(Connection.class, (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") && args != null && args[0] instanceof String sql) {
                Rewritten rewritten = rewrite(sql);
                Object[] changed = args.clone();
                changed[0] = rewritten.sql();
                return statement(PreparedStatement.class, (PreparedStatement) invoke(method, connection, changed), rewritten.numbers());
            }
            if (name.equals("createStatement")) return statement(Statement.class, (Statement) invoke(method, connection, args), null);
            return invoke(method, connection, args);
        });
    }

    /** A statement as PostgreSQL takes it, and for each of its {@code ?} in order, the number it had. */
    record Rewritten(String sql, List<Integer> numbers) {}

    static Rewritten rewrite(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<Integer> numbers = new ArrayList<>();
        int largest = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0 || c == '\'' || c == '"') {
                if (quote == 0) quote = c;
                else if (c == quote) quote = 0;
                out.append(c);
                continue;
            }
            if (c != '?') {
                out.append(c);
                continue;
            }
            int end = i + 1;
            while (end < sql.length() && Character.isDigit(sql.charAt(end))) end++;
            int number = end > i + 1 ? Integer.parseInt(sql.substring(i + 1, end)) : largest + 1;
            largest = Math.max(largest, number);
            numbers.add(number);
            out.append('?');
            i = end - 1;
        }
        return new Rewritten(out.toString(), List.copyOf(numbers));
    }

    /** A statement whose result sets read times as the file writes them and, given numbers, that binds every use. */
    private static <S extends Statement> S statement(Class<S> type, S statement, List<Integer> numbers) {
        return proxy(type, (proxy, method, args) -> {
            String name = method.getName();
            boolean binds = numbers != null && name.startsWith("set") && args != null && args.length >= 2
                    && method.getParameterTypes()[0] == int.class;
            if (binds) {
                int number = (Integer) args[0];
                for (int position = 0; position < numbers.size(); position++) {
                    if (numbers.get(position) != number) continue;
                    Object[] at = args.clone();
                    at[0] = position + 1;
                    invoke(method, statement, at);
                }
                return null;
            }
            Object result = invoke(method, statement, args);
            return result instanceof ResultSet rs ? results(rs) : result;
        });
    }

    private static ResultSet results(ResultSet rs) {
        boolean[][] times = {null};
        return proxy(ResultSet.class, (proxy, method, args) -> {
            if (!method.getName().equals("getString") || args == null) return invoke(method, rs, args);
            int column = args[0] instanceof Integer index ? index : rs.findColumn((String) args[0]);
            if (times[0] == null) times[0] = timeColumns(rs.getMetaData());
            if (!times[0][column]) return invoke(method, rs, args);
            OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
            if (time == null) return null;
            OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
            return (utc.getNano() % 1_000_000 == 0 ? MILLIS : MICROS).format(utc);
        });
    }

    private static boolean[] timeColumns(ResultSetMetaData meta) throws SQLException {
        boolean[] times = new boolean[meta.getColumnCount() + 1];
        for (int i = 1; i < times.length; i++) times[i] = meta.getColumnTypeName(i).equals("timestamptz");
        return times;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
