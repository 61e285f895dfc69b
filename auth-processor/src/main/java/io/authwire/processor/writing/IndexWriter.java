package io.authwire.processor.writing;

import io.authwire.processor.model.ClientModel;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes one index entry per generated client, {@code META-INF/authwire/clients/<class name>},
 * through which containers (the Spring Boot starter) find every client on the class path. One file
 * per client keeps the processor isolating: each file has exactly one originating element. A client
 * that acts for signed-in users has no entry: a container cannot build it without a user.
 */
public final class IndexWriter {
  /** Where the entries live, relative to the class path's roots. */
  public static final String DIRECTORY = "META-INF/authwire/clients/";

  private IndexWriter() {}

  public static void write(ClientModel model, Filer filer) throws IOException {
    if (model.auth().kind().perUser()) {
      return;
    }
    String name = model.generated().reflectionName();
    FileObject entry =
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", DIRECTORY + name, model.api());
    try (Writer writer = entry.openWriter()) {
      writer.write(name + "\n");
    }
  }
}
