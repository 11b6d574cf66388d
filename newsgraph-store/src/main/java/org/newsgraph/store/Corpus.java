package org.newsgraph.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Everything kept in one data directory, opened together: captures, catalog and search index.
 * Commands and the server open one corpus and pass it around.
 *
 * <p>Only one process may hold a corpus {@link Access#READ_WRITE} at a time (the search index has a
 * single writer); any number may hold it {@link Access#READ_ONLY} alongside, and see committed
 * changes. Thread-safe.
 */
public final class Corpus implements AutoCloseable {

  /** How a corpus is opened. */
  public enum Access {
    /** Search and read; the server and read commands. */
    READ_ONLY,
    /** Also ingest and rebuild; one process at a time. */
    READ_WRITE
  }

  private static final int INDEX_BATCH = 500;

  private final DataDir dir;
  private final CaptureStore captures;
  private final Catalog catalog;
  private final SearchIndex index;

  private Corpus(DataDir dir, CaptureStore captures, Catalog catalog, SearchIndex index) {
    this.dir = dir;
    this.captures = captures;
    this.catalog = catalog;
    this.index = index;
  }

  /** Opens the corpus in {@code dir}, creating an empty one if there is none. */
  public static Corpus open(DataDir dir, Access access) throws IOException {
    CaptureStore captures = new FileCaptureStore(dir.captures());
    Catalog catalog = SqliteCatalog.open(dir.catalog());
    try {
      SearchIndex index =
          access == Access.READ_WRITE
              ? LuceneSearchIndex.openForWriting(dir.index())
              : LuceneSearchIndex.openForReading(dir.index());
      return new Corpus(dir, captures, catalog, index);
    } catch (LockObtainFailedException e) {
      catalog.close();
      throw new IOException(
          "another newsgraph process is writing to "
              + dir.root()
              + " (an ingest or reindex); wait for it to finish",
          e);
    } catch (IOException | RuntimeException e) {
      catalog.close();
      throw e;
    }
  }

  public DataDir dir() {
    return dir;
  }

  public CaptureStore captures() {
    return captures;
  }

  public Catalog catalog() {
    return catalog;
  }

  public SearchIndex index() {
    return index;
  }

  /**
   * Indexes every catalog article not yet in the search index, committing in batches and marking
   * each batch indexed only after its commit, so a crash at any point leaves no article unindexed
   * for good (the next run picks it up) and none indexed twice (ids are unique).
   *
   * @return how many articles were indexed
   */
  public long indexPending() throws IOException {
    long done = 0;
    for (long n = indexBatch(); n > 0; n = indexBatch()) {
      done += n;
    }
    return done;
  }

  /**
   * Rebuilds the search index from the catalog.
   *
   * @param progress told the number of articles indexed so far, after each batch
   * @return how many articles are in the rebuilt index
   */
  public long reindex(LongConsumer progress) throws IOException {
    catalog.markAllUnindexed();
    index.clear();
    index.commit();
    long done = 0;
    for (long n = indexBatch(); n > 0; n = indexBatch()) {
      done += n;
      progress.accept(done);
    }
    return done;
  }

  private long indexBatch() throws IOException {
    List<StoredArticle> batch = catalog.unindexed(INDEX_BATCH);
    for (StoredArticle a : batch) {
      index.put(a, catalog.embedding(a.id()).orElse(null));
    }
    if (!batch.isEmpty()) {
      index.commit();
      catalog.markIndexed(batch.stream().map(StoredArticle::id).toList());
    }
    return batch.size();
  }

  /**
   * Up to {@code limit} articles related to article {@code id}, best first, skipping the first
   * {@code offset}; an empty list past the end (or for an unknown id).
   */
  public List<RelatedArticle> related(String id, int limit, int offset) throws IOException {
    return new RelatedArticleFinder(catalog, index).find(id, limit, offset);
  }

  /** Searches the index and joins each hit with the catalog's summary of its article. */
  public SearchResults search(SearchQuery query) throws InvalidQueryException, IOException {
    SearchPage page = index.search(query);
    Map<String, StoredArticle> byId =
        catalog.articles(page.hits().stream().map(SearchHit::id).toList()).stream()
            .collect(Collectors.toMap(StoredArticle::id, Function.identity()));
    List<FoundArticle> found = new ArrayList<>();
    for (SearchHit hit : page.hits()) {
      StoredArticle a = byId.get(hit.id());
      if (a != null) { // an index entry whose article is gone: skip rather than show a stub
        List<ArticleSummary> copies =
            query.includeCopies()
                ? List.of()
                : catalog.articles(catalog.copiesOf(a.id())).stream()
                    .map(ArticleSummary::of)
                    .sorted(java.util.Comparator.comparing(ArticleSummary::id))
                    .toList();
        found.add(new FoundArticle(ArticleSummary.of(a), hit.score(), hit.snippet(), copies));
      }
    }
    return new SearchResults(page.total(), found);
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      catalog.close();
    }
  }
}
