"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/auth";
import { signOut, signOutEverywhere } from "@/lib/auth/sign-out";

export const signOutAction = staffAction(
  "account:self",
  z.object({}),
  async (_input, context) => {
    await signOut(context);
    redirect("/admin/signed-out");
  },
  { allowPendingStep: true },
);

export const signOutEverywhereAction = staffAction(
  "account:self",
  z.object({}),
  async (_input, context) => {
    await signOutEverywhere(context);
    redirect("/admin/signed-out?everywhere=1");
  },
  { allowPendingStep: true },
);
