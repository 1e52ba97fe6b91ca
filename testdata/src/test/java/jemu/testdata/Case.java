package jemu.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a {@code .cases} file: {@code name: word word 'quoted words' < stdin-file}. Words
 * are split as a shell splits them (single and double quotes, backslash escapes); a word
 * {@code <} takes the next word as the file for standard input. Lines starting with # are
 * comments.
 */
public record Case(String name, List<String> words, String stdinFile) {
    @Override
    public String toString() {
        return name;
    }

    /** Reads {@code resource} (a .cases file on the test class path). */
    public static List<Case> load(String resource) {
        return parse(text(resource), resource);
    }

    /** The text of {@code resource}, a file on the test class path. */
    static String text(String resource) {
        try (InputStream in = Case.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cases of {@code text}, one per line, from a file named {@code where} in messages. */
    static List<Case> parse(String text, String where) {
        List<Case> cases = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int colon = t.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(where + ":" + lineNo + ": no 'name:'");
            }
            List<String> words = split(t.substring(colon + 1), where + ":" + lineNo);
            String stdin = null;
            int lt = words.indexOf("<");
            if (lt >= 0) {
                stdin = words.get(lt + 1);
                words = new ArrayList<>(words.subList(0, lt));
            }
            cases.add(new Case(t.substring(0, colon).strip(), List.copyOf(words), stdin));
        }
        return cases;
    }

    static List<String> split(String s, String where) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < s.length()) {
                    w.append(s.charAt(++i));
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                if (w == null) {
                    w = new StringBuilder();
                }
            } else if (c == '\\' && i + 1 < s.length()) {
                if (w == null) {
                    w = new StringBuilder();
                }
                w.append(s.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
            } else {
                if (w == null) {
                    w = new StringBuilder();
                }
                w.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException(where + ": unterminated quote");
        }
        if (w != null) {
            words.add(w.toString());
        }
        return words;
    }
}
