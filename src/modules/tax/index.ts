/** The face of the tax area: what checkout prices orders with, and how an order shows its exemption. */
export { planTax, venueLocation, type TaxPlan, type TaxPlanRequest } from './plan.js';
export { AppliedTaxExemptionSchema, toAppliedTaxExemptionResponse } from './schemas.js';
