import { startAgainRoute } from "@/app/_journey/start-again-route";

export const GET = startAgainRoute("refer");
