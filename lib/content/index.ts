export {
  getAllContent,
  loadContentFrom,
  getCourse,
  getCourses,
  getPage,
  getPages,
  getProgrammePage,
  type CourseEntry,
  type PageEntry,
} from "./collections";
export { formatDate, formatFee } from "./dates";
export { listContentFiles, urlFor, type ContentFile } from "./files";
export {
  audiences,
  ContentError,
  parseFrontmatter,
  type Audience,
  type ContentMeta,
  type CourseMeta,
} from "./frontmatter";
export { loadContentFile, type ContentEntry } from "./load";
export { plainText } from "./plain-text";
export { renderContent, type MDXComponents } from "./render";
export { overdueReviews } from "./reviews";
export { MAX_QUERY_LENGTH, searchContent, searchTerms, type SearchResult } from "./search";
export { siteUrl } from "./site-url";
