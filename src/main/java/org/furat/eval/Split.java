package org.furat.eval;

/**
 * Which reports of the corpus to evaluate. The held-out fifth is the reports whose file number is a multiple of
 * five (005.txt, 010.txt, …): fixed by name, so it never depends on the order of the annotations, and spread
 * evenly over both languages and the outlets. Rules are developed on the rest and only measured on it.
 */
public enum Split {
    DEV, HOLDOUT, ALL;

    public boolean includes(String file) {
        return switch (this) {
            case ALL -> true;
            case HOLDOUT -> heldOut(file);
            case DEV -> !heldOut(file);
        };
    }

    /** Whether the file's number (the digits its name starts with) is a multiple of five. */
    public static boolean heldOut(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int digits = 0;
        while (digits < name.length() && Character.isDigit(name.charAt(digits))) digits++;
        if (digits == 0) throw new IllegalArgumentException("The corpus file " + file + " is not numbered (NNN.txt)");
        return Integer.parseInt(name.substring(0, digits)) % 5 == 0;
    }

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
}
