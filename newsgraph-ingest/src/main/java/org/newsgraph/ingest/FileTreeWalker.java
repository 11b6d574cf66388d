package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a folder depth-first in name order, lazily: memory grows with the depth and the size of the
 * largest folder, not with the whole tree. Hidden entries (names starting with a dot) are left out,
 * and a folder that cannot be listed becomes one {@link Entry.Unreadable} instead of ending the
 * walk. Symbolic links to folders are not followed, so link loops cannot trap it.
 */
final class FileTreeWalker {

  /** One thing found by the walk. */
  sealed interface Entry {
    Path path();

    record File(Path path) implements Entry {}

    record Unreadable(Path path, String reason) implements Entry {}
  }

  private final Path root;

  FileTreeWalker(Path root) {
    this.root = root;
  }

  Stream<Entry> stream() {
    Iterator<Entry> it = new Walk(root);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private static final class Walk implements Iterator<Entry> {
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private final Deque<Entry> pending = new ArrayDeque<>();

    Walk(Path root) {
      enter(root);
    }

    private void enter(Path dir) {
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path child : entries) {
          if (!child.getFileName().toString().startsWith(".")) {
            children.add(child);
          }
        }
      } catch (IOException e) {
        pending.add(new Entry.Unreadable(dir, "cannot list folder: " + FileSource.describe(e)));
        return;
      } catch (SecurityException e) {
        pending.add(new Entry.Unreadable(dir, "cannot list folder: permission denied"));
        return;
      }
      children.sort(null);
      stack.push(children.iterator());
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && !stack.isEmpty()) {
        Iterator<Path> top = stack.peek();
        if (!top.hasNext()) {
          stack.pop();
          continue;
        }
        Path next = top.next();
        if (Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS)) {
          enter(next);
        } else {
          pending.add(new Entry.File(next));
        }
      }
      return !pending.isEmpty();
    }

    @Override
    public Entry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.poll();
    }
  }
}
