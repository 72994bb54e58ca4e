package com.medislot.benchmarks.load;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The same searches straight on the application's Lucene index, without Hibernate Search, the
 * database, the slot cache or HTTP: the geo circle and the specialty as filters, the same orders,
 * the page's document ids read from doc values and the values its results show from the stored
 * fields, as the application does. Field names are those Hibernate Search gives the {@code
 * practitioner} index ({@code PractitionerDocument}). What the web stack adds is the difference
 * between this and the web figures.
 */
final class RawLuceneSearch implements AutoCloseable {

  private static final String ID = "__HSEARCH_id_docvalue";

  /** One of the stored values a search result shows. */
  private static final String SHOWN = "practitionerName";

  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /** Opens the index read-only; the application may keep writing to it meanwhile. */
  RawLuceneSearch(Path indexDirectory) throws IOException {
    this.reader = DirectoryReader.open(FSDirectory.open(indexDirectory));
    this.searcher = new IndexSearcher(reader);
  }

  int documents() {
    return reader.numDocs();
  }

  /** Runs one search, reads the page's ids, and returns how many documents the page holds. */
  int execute(SearchQuery q) throws IOException {
    BooleanQuery.Builder query =
        new BooleanQuery.Builder()
            .add(
                LatLonPoint.newDistanceQuery(
                    "point", q.latitude(), q.longitude(), q.radiusKm() * 1000.0),
                BooleanClause.Occur.FILTER);
    q.specialty()
        .ifPresent(
            s ->
                query.add(new TermQuery(new Term("specialtyCode", s)), BooleanClause.Occur.FILTER));
    SortField distance = LatLonDocValuesField.newDistanceSort("point", q.latitude(), q.longitude());
    Sort sort;
    if (q.byAvailability()) {
      SortedNumericSortField next =
          new SortedNumericSortField("nextAvailable", SortField.Type.LONG);
      next.setMissingValue(Long.MAX_VALUE);
      sort = new Sort(next, distance);
    } else {
      sort = new Sort(distance, new SortedNumericSortField("practitionerId", SortField.Type.LONG));
    }
    TopFieldDocs page = searcher.search(query.build(), q.limit() + 1, sort);
    StoredFields stored = searcher.storedFields();
    int read = 0;
    for (ScoreDoc hit : page.scoreDocs) {
      LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(hit.doc, reader.leaves()));
      BinaryDocValues ids = leaf.reader().getBinaryDocValues(ID);
      boolean identified =
          ids != null && ids.advanceExact(hit.doc - leaf.docBase) && ids.binaryValue().length > 0;
      // the values a result shows, as the application reads them from the index
      if (identified && stored.document(hit.doc).get(SHOWN) != null) {
        read++;
      }
    }
    return read;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
