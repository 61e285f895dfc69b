package io.authwire.runtime.internal.redact;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every form in which a credential value is sent or can come back. */
final class Forms {
  /** {@code Scheme token68} (RFC 9110 §11.4), such as {@code Bearer abc} or {@code Basic dTpw}. */
  private static final Pattern SCHEME_AND_TOKEN =
      Pattern.compile("([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*) ([A-Za-z0-9._~+/-]+=*)");

  /** What HTML-safe JSON writers such as Gson write as <code>&#92;uXXXX</code>. */
  private static final String HTML_SENSITIVE = "<>&='";

  private Forms() {}

  /**
   * {@code value}; for {@code Scheme token} also the token, and for {@code Basic} the password;
   * each raw, URL-encoded ({@code +} or {@code %20} for a space, upper or lower hex) and
   * JSON-escaped ({@code \/} or not, <code>&#92;uXXXX</code> in either case or not).
   */
  static Set<String> of(String value) {
    Set<String> forms = new LinkedHashSet<>();
    for (String secret : secrets(value)) {
      forms.add(secret);
      String plus = URLEncoder.encode(secret, UTF_8);
      for (String encoded : List.of(plus, plus.replace("+", "%20"))) {
        forms.add(encoded);
        forms.add(lowerHex(encoded));
      }
      for (boolean slash : new boolean[] {false, true}) {
        for (Hex nonAscii : Hex.values()) {
          for (Hex html : Hex.values()) {
            forms.add(json(secret, slash, nonAscii, html));
          }
        }
      }
    }
    return forms;
  }

  private static List<String> secrets(String value) {
    List<String> secrets = new ArrayList<>(List.of(value));
    Matcher header = SCHEME_AND_TOKEN.matcher(value);
    if (header.matches()) {
      secrets.add(header.group(2));
      if (header.group(1).equalsIgnoreCase("Basic")) {
        String pair = decodeBase64(header.group(2));
        int colon = pair.indexOf(':');
        if (colon >= 0 && colon < pair.length() - 1) {
          secrets.add(pair.substring(colon + 1));
        }
      }
    }
    return secrets;
  }

  private static String decodeBase64(String token) {
    try {
      return new String(Base64.getDecoder().decode(token), UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return "";
    }
  }

  private static String lowerHex(String encoded) {
    StringBuilder lower = new StringBuilder(encoded);
    for (int i = encoded.indexOf('%'); i >= 0; i = encoded.indexOf('%', i + 1)) {
      lower.replace(i + 1, i + 3, encoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
    }
    return lower.toString();
  }

  /** Whether a JSON writer writes a character as <code>&#92;uXXXX</code>, and in which case. */
  private enum Hex {
    NONE,
    LOWER,
    UPPER
  }

  private static String json(String secret, boolean escapeSlash, Hex nonAscii, Hex html) {
    StringBuilder json = new StringBuilder(secret.length() + 16);
    for (char c : secret.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c == '/' && escapeSlash) {
        json.append("\\/");
      } else if (c < 0x20) {
        json.append(unicode(c, nonAscii == Hex.UPPER ? Hex.UPPER : Hex.LOWER));
      } else if (c > 0x7e && nonAscii != Hex.NONE) {
        json.append(unicode(c, nonAscii));
      } else if (HTML_SENSITIVE.indexOf(c) >= 0 && html != Hex.NONE) {
        json.append(unicode(c, html));
      } else {
        json.append(c);
      }
    }
    return json.toString();
  }

  private static String unicode(char c, Hex hex) {
    String digits = String.format(hex == Hex.UPPER ? "%04X" : "%04x", (int) c);
    return "\\u" + digits;
  }
}
