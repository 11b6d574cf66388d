package org.newsgraph.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The search index as a Lucene index on local disk: English analysis (stemming, stop words) on
 * title and body, BM25 ranking, titles weighted double. Titles and bodies are stored so that
 * snippets come from the index alone.
 *
 * <p>Open it {@linkplain #openForWriting writable} in the one process that indexes (Lucene allows a
 * single writer per index), and {@linkplain #openForReading read-only} anywhere else, such as in
 * the server while an ingest runs: a reader picks up committed changes on its next search.
 */
public final class LuceneSearchIndex implements SearchIndex {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String LANGUAGE = "language";
  static final String PUBLISHED = "published";
  static final String VECTOR = "vector";
  static final String COPY = "copy";
  private static final int MLT_TERMS = 25;

  private static final Map<String, Float> BOOSTS = Map.of(TITLE, 2f, BODY, 1f);

  private final Directory directory;
  private final Analyzer analyzer;
  private final @Nullable IndexWriter writer;
  private volatile @Nullable SearcherManager searchers;

  private LuceneSearchIndex(Directory directory, Analyzer analyzer, @Nullable IndexWriter writer)
      throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    if (writer != null) {
      searchers = new SearcherManager(writer, null);
    }
  }

  /** Opens (creating if needed) the index in {@code dir} for writing and searching. */
  public static LuceneSearchIndex openForWriting(Path dir) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    Analyzer analyzer = analyzer();
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    IndexWriter writer = new IndexWriter(directory, config);
    if (!DirectoryReader.indexExists(directory)) {
      writer.commit(); // an empty, valid index that readers can open
    }
    return new LuceneSearchIndex(directory, analyzer, writer);
  }

  /** Opens the index in {@code dir} for searching only; a missing index searches as empty. */
  public static LuceneSearchIndex openForReading(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new LuceneSearchIndex(FSDirectory.open(dir), analyzer(), null);
  }

  private static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(), Map.of(ID, new KeywordAnalyzer(), LANGUAGE, new KeywordAnalyzer()));
  }

  @Override
  public void put(StoredArticle article, float @Nullable [] vector) throws IOException {
    Document doc = new Document();
    if (vector != null) {
      doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    }
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new TextField(TITLE, article.article().title(), Field.Store.YES));
    doc.add(new TextField(BODY, article.article().body(), Field.Store.YES));
    doc.add(new StringField(LANGUAGE, article.language(), Field.Store.NO));
    if (article.copyOf() != null) {
      doc.add(new StringField(COPY, "1", Field.Store.NO));
    }
    if (article.article().published() != null) {
      doc.add(
          new LongField(PUBLISHED, article.article().published().toEpochMilli(), Field.Store.NO));
    }
    requireWriter().updateDocument(new Term(ID, article.id()), doc);
  }

  @Override
  public List<Scored> moreLikeThis(String title, String body, int n) throws IOException {
    SearcherManager manager = searchers();
    if (manager == null) {
      return List.of();
    }
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(analyzer);
      mlt.setFieldNames(new String[] {TITLE, BODY});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMaxQueryTerms(MLT_TERMS);
      mlt.setBoost(true);
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      q.add(mlt.like(TITLE, new StringReader(title)), BooleanClause.Occur.SHOULD);
      q.add(mlt.like(BODY, new StringReader(body)), BooleanClause.Occur.SHOULD);
      return scored(searcher, searcher.search(q.build(), n).scoreDocs, false);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public List<Scored> nearest(float[] vector, int n) throws IOException {
    SearcherManager manager = searchers();
    if (manager == null) {
      return List.of();
    }
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      return scored(
          searcher, searcher.search(new KnnFloatVectorQuery(VECTOR, vector, n), n).scoreDocs, true);
    } finally {
      manager.release(searcher);
    }
  }

  private static List<Scored> scored(IndexSearcher searcher, ScoreDoc[] docs, boolean cosine)
      throws IOException {
    List<Scored> out = new ArrayList<>(docs.length);
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc d : docs) {
      String id = fields.document(d.doc, Set.of(ID)).get(ID);
      // Lucene scores unit vectors' dot product as (1 + cos) / 2
      out.add(new Scored(id, cosine ? 2.0 * d.score - 1 : d.score));
    }
    return out;
  }

  @Override
  public void commit() throws IOException {
    requireWriter().commit();
    SearcherManager m = searchers;
    if (m != null) {
      m.maybeRefresh();
    }
  }

  @Override
  public void clear() throws IOException {
    requireWriter().deleteAll();
  }

  @Override
  public SearchPage search(SearchQuery query) throws InvalidQueryException, IOException {
    Query parsed = parse(query.text());
    SearcherManager manager = searchers();
    if (manager == null) {
      return new SearchPage(0, List.of());
    }
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      Query run = parsed;
      if (!query.includeCopies()) {
        run =
            new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(COPY, "1")), BooleanClause.Occur.MUST_NOT)
                .build();
      }
      TopDocs top = searcher.search(run, query.offset() + query.limit());
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builderWithoutSearcher(analyzer)
              .withFormatter(new SnippetFormatter())
              .build();
      List<SearchHit> hits = new ArrayList<>();
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = query.offset(); i < docs.length; i++) {
        Document doc = searcher.storedFields().document(docs[i].doc);
        String body = doc.get(BODY);
        Object snippet =
            body == null ? null : highlighter.highlightWithoutSearcher(BODY, parsed, body, 1);
        hits.add(
            new SearchHit(
                doc.get(ID), docs[i].score, snippet instanceof Snippet s ? s : Snippet.empty()));
      }
      return new SearchPage(top.totalHits.value(), hits);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public long count() throws IOException {
    SearcherManager manager = searchers();
    if (manager == null) {
      return 0;
    }
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      manager.release(searcher);
    }
  }

  /** Parses {@code text} in the classic query syntax; all terms must match by default. */
  Query parse(String text) throws InvalidQueryException {
    if (text.isBlank()) {
      throw new InvalidQueryException("empty query: give at least one word to search for");
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new InvalidQueryException(firstLine(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      // e.g. a too-complex query (too many clauses)
      throw new InvalidQueryException(e.getMessage(), e);
    }
  }

  private @Nullable SearcherManager searchers() throws IOException {
    SearcherManager m = searchers;
    if (m == null) {
      synchronized (this) {
        m = searchers;
        if (m == null && DirectoryReader.indexExists(directory)) {
          m = new SearcherManager(directory, null);
          searchers = m;
        }
      }
    }
    return m;
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException(
          "index was opened read-only; use openForWriting to change it");
    }
    return writer;
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl).strip();
  }

  @Override
  public void close() throws IOException {
    SearcherManager m = searchers;
    if (m != null) {
      m.close();
    }
    if (writer != null) {
      writer.close();
    }
    directory.close();
  }
}
