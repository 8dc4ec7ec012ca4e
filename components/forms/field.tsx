import type { Field as FieldSpec } from "@/lib/forms/fields";
import { Choices } from "./choices";
import { DateInput } from "./date-input";
import { Select } from "./select";
import type { FieldProps } from "./field-props";
import { TextArea } from "./textarea";
import { TextInput } from "./text-input";

/** One field of any form, drawn in the GOV.UK / NHS pattern for its kind. */
export function Field(props: FieldProps<FieldSpec> & { asHeading?: boolean; personal?: boolean }) {
  const { field } = props;
  switch (field.kind) {
    case "text":
    case "email":
    case "tel":
    case "password":
    case "search":
    case "calendar":
      return <TextInput {...props} field={field} />;
    case "textarea":
      return <TextArea {...props} field={field} />;
    case "radios":
    case "checkboxes":
      return <Choices {...props} field={field} />;
    case "select":
      return <Select {...props} field={field} />;
    case "date":
      return <DateInput {...props} field={field} />;
  }
}
