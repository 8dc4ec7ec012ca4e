import type { Field as FieldSpec } from "@/lib/referrals/fields";
import { Choices } from "./choices";
import { DateInput } from "./date-input";
import type { FieldProps } from "./field-props";
import { TextArea } from "./text-area";
import { TextInput } from "./text-input";

/** One question, drawn in the GOV.UK / NHS pattern for its kind. */
export function Field(props: FieldProps<FieldSpec> & { asHeading?: boolean; personal?: boolean }) {
  const { field } = props;
  switch (field.kind) {
    case "text":
    case "email":
    case "tel":
      return <TextInput {...props} field={field} />;
    case "textarea":
      return <TextArea {...props} field={field} />;
    case "radios":
    case "checkboxes":
      return <Choices {...props} field={field} />;
    case "date":
      return <DateInput {...props} field={field} />;
  }
}
