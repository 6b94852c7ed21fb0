package org.furat.store.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How a team database's address is read, including after it went through a file-path option. */
class ServerAddressTest {

    @Test
    void anAddressGivesHostPortDatabaseUserAndPassword() {
        ServerAddress a = ServerAddress.parse("postgresql://layla:s%40cret@db.example.org:6543/furat");
        assertEquals("db.example.org", a.host());
        assertEquals(6543, a.port());
        assertEquals("furat", a.database());
        assertEquals("layla", a.user());
        assertEquals("s@cret", a.password());
        assertEquals("jdbc:postgresql://db.example.org:6543/furat", a.jdbcUrl());
        assertFalse(a.toString().contains("cret"), "the password is never shown");
        assertEquals(5432, ServerAddress.parse("postgresql://layla@localhost/furat").port());
    }

    @Test
    void anAddressReadAsAPathIsStillRecognised() {
        String mangled = Path.of("postgresql://layla@localhost:5432/furat").toString();
        assertTrue(ServerAddress.isServer(mangled), mangled);
        assertEquals("furat", ServerAddress.parse(mangled).database());
        assertFalse(ServerAddress.isServer("furat.gpkg"));
        assertFalse(ServerAddress.isServer("/home/layla/postgresql/furat.gpkg"));
    }

    @Test
    void aWrongAddressIsRefusedWithTheFormToUse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("postgresql://localhost"));
        assertTrue(e.getMessage().contains("postgresql://host:port/dbname"), e.getMessage());
    }
}
