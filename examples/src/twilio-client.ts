import twilio from "twilio";

export const client = twilio(process.env.TWILIO_API_KEY, process.env.TWILIO_API_SECRET, {
  accountSid: process.env.TWILIO_ACCOUNT_SID,
});

export const SUPPORT_SERVICE_SID = process.env.TWILIO_CONVERSATIONS_SERVICE_SID ?? "";
export const SUPPORT_PHONE_NUMBER = process.env.TWILIO_PHONE_NUMBER ?? "";
