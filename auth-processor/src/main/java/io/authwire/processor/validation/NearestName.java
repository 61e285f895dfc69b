package io.authwire.processor.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the name a mistyped one was probably meant to be, for a "did you mean" hint. */
final class NearestName {
  private NearestName() {}

  /** The candidate closest to {@code name}, if any is close enough to be a likely slip. */
  static Optional<String> among(String name, Collection<String> candidates) {
    String wanted = lower(name);
    return candidates.stream()
        .filter(candidate -> isClose(wanted, lower(candidate)))
        .min(Comparator.comparingInt(candidate -> distance(wanted, lower(candidate))));
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * Equal but for case, one a part of the other ({@code userId} and {@code id}), or a few edits
   * apart for their length ({@code zoneId} and {@code zonId}).
   */
  private static boolean isClose(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (shorter.length() >= 2 && longer.contains(shorter)) {
      return true;
    }
    int distance = distance(a, b);
    return distance < shorter.length() && distance <= Math.max(1, longer.length() / 3);
  }

  /** Levenshtein distance: the fewest insertions, deletions and substitutions from a to b. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
