import type { OperationList } from "../registry.js";
import { createConditionAvailability, deleteConditionAvailability, getConditionAvailabilities } from "./condition-availability.js";

/** Condition availability rules (D15, modelled). */
export const conditionOperations = {
  createConditionAvailability,
  getConditionAvailabilities,
  deleteConditionAvailability,
} satisfies OperationList;
