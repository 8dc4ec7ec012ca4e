import { ROLE_LABELS } from "@/lib/auth/roles";
import type { StaffSummary } from "@/lib/staff/accounts";
import { ServerForm } from "@/components/forms/server-form";
import type { FormActionFn } from "@/lib/forms/action";

type Action = FormActionFn;

export interface StaffTableProps {
  staff: StaffSummary[];
  selfId: string;
  actions: { setActive: Action; revokeSessions: Action };
}

export function StaffTable({ staff, selfId, actions }: StaffTableProps) {
  return (
    <div className="admin-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Staff accounts</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Two-factor</th>
            <th scope="col">Sessions</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {staff.map((person) => (
            <tr key={person.id}>
              <td>
                {person.name}
                {!person.active && " (deactivated)"}
              </td>
              <td>{person.email}</td>
              <td>{ROLE_LABELS[person.role]}</td>
              <td>{person.twoFactorEnabled ? "Set up" : "Not set up"}</td>
              <td>{person.activeSessions}</td>
              <td>
                {person.id !== selfId && (
                  <>
                    <ServerForm
                      id={`active-${person.id}`}
                      action={actions.setActive}
                      hidden={{ staffId: person.id, active: person.active ? "false" : "true" }}
                      fields={[]}
                      submitLabel={person.active ? `Deactivate ${person.name}` : `Reactivate ${person.name}`}
                      variant="secondary"
                    />
                    {person.activeSessions > 0 && (
                      <ServerForm
                        id={`revoke-${person.id}`}
                        action={actions.revokeSessions}
                        hidden={{ staffId: person.id }}
                        fields={[]}
                        submitLabel={`Sign ${person.name} out everywhere`}
                        variant="secondary"
                      />
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
