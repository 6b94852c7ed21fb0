package org.furat.app;

import org.furat.store.FuratVersion;

/** The version of this Furat: the one a database records with each schema change, and {@code furat --version} shows. */
public final class AppVersion {
    private AppVersion() {}

    public static String current() { return FuratVersion.current(); }
}
