import { describePluginConformance } from "@kehoach/core/testing";
import { PLAN_ID, phuongBaDinh80 } from "../src/index";
import { importWithVocabulary } from "./importWithVocabulary";

// The ids below are promised to users: add new ones, never remove or rename them.
describePluginConformance(phuongBaDinh80, {
  stableIds: [
    "ba-dinh",
    "van-phong-hdnd-ubnd-phuong-ba-dinh",
    "phong-kinh-te-ha-tang-do-thi-phuong-ba-dinh",
    "phong-van-hoa-xa-hoi-phuong-ba-dinh",
    "trung-tam-phuc-vu-hanh-chinh-cong-phuong-ba-dinh",
    "hoi-dong-thi-dua-khen-thuong-phuong-ba-dinh",
    "uy-ban-mat-tran-to-quoc-phuong-ba-dinh",
    "hoi-lien-hiep-phu-nu-phuong-ba-dinh",
    "hoi-cuu-chien-binh-phuong-ba-dinh",
    "doan-thanh-nien-phuong-ba-dinh",
    "cong-an-phuong-ba-dinh",
    "ban-chi-huy-quan-su-phuong-ba-dinh",
    "cac-to-chuc-chinh-tri-xa-hoi-phuong-ba-dinh",
    "cac-to-dan-pho-phuong-ba-dinh",
    "to-dan-pho-1-phuong-ba-dinh",
    PLAN_ID,
  ],
  importPlan: (source, plugin) => importWithVocabulary(source.content, plugin, source.fileName),
});
