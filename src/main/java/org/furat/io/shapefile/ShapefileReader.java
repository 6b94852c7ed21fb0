package org.furat.io.shapefile;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a point shapefile (.shp with its .dbf, and the .cpg for the text encoding) record by record, as GDAL
 * writes them and as {@link ShapefileFormat} does: point, PointZ and PointM shapes (Z and M are skipped) and
 * null shapes; C, N, F, D and L fields; blank, {@code *} and {@code 00000000} values as null; deleted DBF records
 * skipped. Memory stays flat however many records there are. Not thread-safe; close it after use.
 */
public final class ShapefileReader implements AutoCloseable {

    private static final int NULL_SHAPE = 0;

    private final Path shpFile;
    private final DataInputStream shp;
    private final DataInputStream dbf;
    private final Charset charset;
    private final int shapeType;
    private final long shpBytes;
    private final long recordCount;
    private final List<DbfField> fields;
    private final byte[] row;
    private long shpPosition = 100;
    private long dbfRead;
    private boolean streamed;

    private ShapefileReader(Path shpFile, DataInputStream shp, DataInputStream dbf, Charset charset) throws IOException {
        this.shpFile = shpFile;
        this.shp = shp;
        this.dbf = dbf;
        this.charset = charset;
        // .shp header: file code and length big-endian, the rest little-endian.
        byte[] header = readFully(shp, 100, "the .shp header");
        ByteBuffer h = ByteBuffer.wrap(header);
        if (h.getInt(0) != ShpWriter.FILE_CODE) throw new IOException(shpFile + " is not a shapefile (wrong file code)");
        shpBytes = (h.getInt(24) & 0xFFFFFFFFL) * 2;
        h.order(ByteOrder.LITTLE_ENDIAN);
        shapeType = h.getInt(32);
        if (!isPointType(shapeType) && shapeType != NULL_SHAPE) {
            throw new IOException(shpFile + " holds shapes of type " + shapeType + "; only point shapefiles (types 1, 11 and 21) can be read");
        }
        // .dbf header
        ByteBuffer d = ByteBuffer.wrap(readFully(dbf, 32, "the .dbf header")).order(ByteOrder.LITTLE_ENDIAN);
        recordCount = d.getInt(4) & 0xFFFFFFFFL;
        int headerLength = d.getShort(8) & 0xFFFF;
        int recordLength = d.getShort(10) & 0xFFFF;
        List<DbfField> list = new ArrayList<>();
        int read = 32;
        while (read + 32 <= headerLength) {
            int first = dbf.readUnsignedByte();
            read++;
            if (first == 0x0D) break;
            byte[] rest = readFully(dbf, 31, "a .dbf field descriptor");
            read += 31;
            byte[] descriptor = new byte[32];
            descriptor[0] = (byte) first;
            System.arraycopy(rest, 0, descriptor, 1, 31);
            int nameLength = 0;
            while (nameLength < 11 && descriptor[nameLength] != 0) nameLength++;
            String name = new String(descriptor, 0, nameLength, charset).trim();
            list.add(new DbfField(name, (char) (descriptor[11] & 0xFF), descriptor[16] & 0xFF, descriptor[17] & 0xFF));
        }
        skipFully(dbf, headerLength - read);
        fields = List.copyOf(list);
        row = new byte[recordLength];
        int sum = 1;
        for (DbfField field : fields) sum += field.width();
        if (sum > recordLength) {
            throw new IOException("The .dbf of " + shpFile + " is damaged: its fields take " + sum + " bytes, its records " + recordLength);
        }
    }

    /** Opens a shapefile, taking the text encoding from its .cpg ({@link #charsetOf}). */
    public static ShapefileReader open(Path shp) throws IOException {
        return open(shp, null);
    }

    /** Opens a shapefile with the given text encoding, or the .cpg's if {@code charset} is null. */
    public static ShapefileReader open(Path shp, Charset charset) throws IOException {
        Path dbfFile = sidecar(shp, "dbf");
        if (dbfFile == null) throw new IOException("The shapefile " + shp + " has no .dbf file beside it");
        if (charset == null) {
            Path cpg = sidecar(shp, "cpg");
            charset = charsetOf(cpg == null ? null : Files.readString(cpg, StandardCharsets.ISO_8859_1));
        }
        DataInputStream shpIn = null;
        DataInputStream dbfIn = null;
        try {
            shpIn = new DataInputStream(new BufferedInputStream(Files.newInputStream(shp), 1 << 16));
            dbfIn = new DataInputStream(new BufferedInputStream(Files.newInputStream(dbfFile), 1 << 16));
            return new ShapefileReader(shp, shpIn, dbfIn, charset);
        } catch (IOException | RuntimeException e) {
            if (shpIn != null) shpIn.close();
            if (dbfIn != null) dbfIn.close();
            throw e;
        }
    }

    /**
     * The text encoding a .cpg names: UTF-8 for "UTF-8" or "UTF8" (any case); a Windows code page for its number
     * ("1256", "ANSI 1256", "CP1256"); another charset Java knows by that name; ISO-8859-1 for anything else and
     * for no .cpg (null), as ISO-8859-1 at least keeps every byte.
     */
    public static Charset charsetOf(String cpg) {
        if (cpg == null) return StandardCharsets.ISO_8859_1;
        String name = cpg.trim().toUpperCase(Locale.ROOT);
        if (name.equals("UTF-8") || name.equals("UTF8")) return StandardCharsets.UTF_8;
        String number = name.replaceFirst("^(ANSI|CP|WINDOWS-?)\\s*", "");
        try {
            if (number.matches("125[0-8]")) return Charset.forName("windows-" + number);
            if (!name.isEmpty() && Charset.isSupported(name)) return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            // unknown or unsupported: fall through
        }
        return StandardCharsets.ISO_8859_1;
    }

    private static Path sidecar(Path shp, String extension) {
        String name = shp.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        for (String candidate : List.of(extension, extension.toUpperCase(Locale.ROOT))) {
            Path path = shp.resolveSibling(base + "." + candidate);
            if (Files.isRegularFile(path)) return path;
        }
        return null;
    }

    private static boolean isPointType(int type) {
        return type == 1 || type == 11 || type == 21;
    }

    /** The shape type of the file: 1 point, 11 PointZ, 21 PointM (0 if it holds only null shapes). */
    public int shapeType() {
        return shapeType;
    }

    /** The DBF fields, in order. */
    public List<DbfField> fields() {
        return fields;
    }

    /** The number of records the DBF header announces (deleted ones included). */
    public long recordCount() {
        return recordCount;
    }

    /** The encoding of the text fields. */
    public Charset charset() {
        return charset;
    }

    /**
     * The records, in file order, read as the stream is consumed; can be called once. Read errors surface as
     * {@link UncheckedIOException}.
     */
    public Stream<ShapefileRecord> records() {
        if (streamed) throw new IllegalStateException("The records of " + shpFile + " can be streamed only once");
        streamed = true;
        Iterator<ShapefileRecord> iterator = new Iterator<>() {
            private ShapefileRecord next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = readNext();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return next != null;
            }

            @Override
            public ShapefileRecord next() {
                if (!hasNext()) throw new NoSuchElementException();
                ShapefileRecord result = next;
                next = null;
                return result;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** All records in a list (for small files and tests). */
    public List<ShapefileRecord> readAll() {
        return records().toList();
    }

    private ShapefileRecord readNext() throws IOException {
        while (true) {
            boolean moreShapes = shpPosition + 8 <= shpBytes;
            boolean moreRows = dbfRead < recordCount;
            if (!moreShapes && !moreRows) return null;
            if (moreShapes != moreRows) {
                throw new IOException(shpFile + " is damaged: its .shp and .dbf files do not have the same number of records (the "
                        + (moreShapes ? ".dbf" : ".shp") + " ends first, after " + dbfRead + ")");
            }
            ShapefileRecord shape = readShape();
            boolean deleted = readRow();
            if (!deleted) return new ShapefileRecord(shape.number(), shape.x(), shape.y(), attributes(shape.number()));
        }
    }

    private ShapefileRecord readShape() throws IOException {
        int number = shp.readInt();
        long contentBytes = (shp.readInt() & 0xFFFFFFFFL) * 2;
        shpPosition += 8 + contentBytes;
        if (contentBytes < 4) throw new IOException(shpFile + " is damaged: record " + number + " is too short");
        byte[] content = readFully(shp, 4, "record " + number);
        int type = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN).getInt();
        long rest = contentBytes - 4;
        double x = Double.NaN;
        double y = Double.NaN;
        if (type != NULL_SHAPE) {
            if (!isPointType(type)) throw new IOException(shpFile + ": record " + number + " has shape type " + type + ", not a point");
            if (rest < 16) throw new IOException(shpFile + " is damaged: record " + number + " is too short for a point");
            ByteBuffer point = ByteBuffer.wrap(readFully(shp, 16, "record " + number)).order(ByteOrder.LITTLE_ENDIAN);
            x = point.getDouble();
            y = point.getDouble();
            rest -= 16;
        }
        skipFully(shp, rest);
        return new ShapefileRecord(number, x, y, Map.of());
    }

    /** Reads the next DBF record into {@link #row}; true if it is marked deleted. */
    private boolean readRow() throws IOException {
        try {
            dbf.readFully(row);
        } catch (EOFException e) {
            throw new IOException("The .dbf of " + shpFile + " ends inside record " + (dbfRead + 1) + " of " + recordCount, e);
        }
        dbfRead++;
        return row[0] == '*';
    }

    private Map<String, Object> attributes(int number) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        int offset = 1;
        for (DbfField field : fields) {
            values.put(field.name(), value(field, offset, number));
            offset += field.width();
        }
        return Collections.unmodifiableMap(values);
    }

    private Object value(DbfField field, int offset, int number) throws IOException {
        int start = offset;
        int end = offset + field.width();
        while (end > start && (row[end - 1] == ' ' || row[end - 1] == 0)) end--;
        if (field.type() != 'C') while (start < end && row[start] == ' ') start++;
        if (start == end) return null;
        switch (field.type()) {
            case 'N', 'F' -> {
                String text = new String(row, start, end - start, StandardCharsets.ISO_8859_1);
                if (text.charAt(0) == '*') return null;
                try {
                    if (field.isInteger()) {
                        try {
                            return Long.parseLong(text);
                        } catch (NumberFormatException e) {
                            return new BigDecimal(text).longValueExact();
                        }
                    }
                    return Double.parseDouble(text);
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new IOException(shpFile + ": record " + number + ", field " + field.name() + ": '" + text + "' is not "
                            + (field.isInteger() ? "an integer" : "a number"));
                }
            }
            case 'D' -> {
                String text = new String(row, start, end - start, StandardCharsets.ISO_8859_1);
                if (text.chars().allMatch(c -> c == '0')) return null;
                try {
                    if (text.length() != 8 || !text.chars().allMatch(Character::isDigit)) throw new DateTimeException(text);
                    return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                            Integer.parseInt(text.substring(6, 8)));
                } catch (DateTimeException e) {
                    throw new IOException(shpFile + ": record " + number + ", field " + field.name() + ": '" + text
                            + "' is not a date (YYYYMMDD)");
                }
            }
            case 'L' -> {
                char c = (char) row[start];
                if ("TtYy".indexOf(c) >= 0) return Boolean.TRUE;
                if ("FfNn".indexOf(c) >= 0) return Boolean.FALSE;
                return null;
            }
            default -> {
                return decode(start, end);
            }
        }
    }

    private String decode(int start, int end) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(row, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen with REPLACE
        }
    }

    private static byte[] readFully(InputStream in, int length, String what) throws IOException {
        byte[] bytes = new byte[length];
        try {
            new DataInputStream(in).readFully(bytes);
        } catch (EOFException e) {
            throw new IOException("The file ends inside " + what, e);
        }
        return bytes;
    }

    private static void skipFully(InputStream in, long bytes) throws IOException {
        while (bytes > 0) {
            long skipped = in.skip(bytes);
            if (skipped <= 0) {
                if (in.read() < 0) throw new EOFException("The file ends early");
                skipped = 1;
            }
            bytes -= skipped;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            shp.close();
        } finally {
            dbf.close();
        }
    }
}
