package org.newsgraph.model;

/** A metadata field of an article whose source is recorded ({@link ArticleMetadata#sources()}). */
public enum MetadataField {
  TITLE,
  AUTHORS,
  PUBLISHED,
  MODIFIED,
  LANGUAGE,
  URL,
  SITE_NAME,
  SECTION,
  TAGS,
  IMAGE,
  PAYWALL
}
