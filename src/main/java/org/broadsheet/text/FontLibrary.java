package org.broadsheet.text;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/** Parses each font file once per process and hands out the shared {@link FontFace}. */
public final class FontLibrary {
  private static final ConcurrentHashMap<Path, FontFace> FACES = new ConcurrentHashMap<>();

  private FontLibrary() {}

  /** The face for a font file; the first call for a path parses it. */
  public static FontFace face(Path file) {
    Path key = file.toAbsolutePath().normalize();
    FontFace face = FACES.computeIfAbsent(key, p -> FontFace.load(p.getFileName().toString().replaceFirst("\\.[^.]*$", ""), p));
    return face;
  }
}
