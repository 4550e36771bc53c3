import type { OperationList } from "../registry.js";
import { deleteTagCategory, getTagCategory, getTagCategoryAll, updateTagCategory } from "./tag-categories.js";
import { createTag, deleteTag, getTag, updateTag } from "./tag-values.js";

/** Tag categories and their values (D4, D5). */
export const tagOperations = {
  getTagCategoryAll,
  getTagCategory,
  updateTagCategory,
  deleteTagCategory,
  createTag,
  getTag,
  updateTag,
  deleteTag,
} satisfies OperationList;
