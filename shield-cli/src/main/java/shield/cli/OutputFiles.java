package shield.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files that commands write on request (--csv, --czml, --png): created with their folders, text in
 * UTF-8.
 */
final class OutputFiles {

  private OutputFiles() {}

  /**
   * Opens a file for writing, creating its folder.
   *
   * @param file the file
   * @param flag the flag that named it, for the message if it cannot be written
   * @throws UserInputException naming the flag and the file when it cannot be written
   */
  static Writer writer(Path file, String flag) {
    try {
      createFolder(file);
      return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserInputException(flag + ": cannot write '" + file + "': " + e.getMessage());
    }
  }

  /**
   * Opens a binary file (a picture) for writing, creating its folder.
   *
   * @param file the file
   * @param flag the flag that named it, for the message if it cannot be written
   * @throws UserInputException naming the flag and the file when it cannot be written
   */
  static OutputStream stream(Path file, String flag) {
    try {
      createFolder(file);
      return new BufferedOutputStream(Files.newOutputStream(file));
    } catch (IOException e) {
      throw new UserInputException(flag + ": cannot write '" + file + "': " + e.getMessage());
    }
  }

  private static void createFolder(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
